import { IsString, Matches } from 'class-validator';

export class OpenSessionDto {
  /** The one-time code the callback put in the login page's address (fragment). */
  @IsString()
  @Matches(/^[\w-]{43}$/)
  code: string;
}
