import { VersionedUpdateDto } from '../../common/crud/version.dto.js';
import { MultilineText } from '../../common/validation/fields.js';

export class UpdateSeasonPublicationDto extends VersionedUpdateDto {
  /** The booklet's "Message de bienvenue". */
  @MultilineText(5000)
  welcomeText?: string | null;
}
