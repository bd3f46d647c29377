import { DOCUMENT_KINDS, type DocumentKind } from '@aic/domain';
import { ApiProperty } from '@nestjs/swagger';
import { VersionedUpdateDto } from '../../../common/crud/version.dto.js';
import { OneOf, OptionalId, OptionalText } from '../../../common/validation/fields.js';

/** The form fields of an upload (multipart, before the file): the record it belongs to (exactly one), kind, title. */
export class CreateDocumentDto {
  @OptionalId()
  laureateId?: number | null;

  @OptionalId()
  grantId?: number | null;

  @OptionalId()
  disbursementId?: number | null;

  @OptionalId()
  committeeId?: number | null;

  @OneOf(DOCUMENT_KINDS)
  kind: DocumentKind;

  /** Unset: the file's name without its extension. */
  @OptionalText(200)
  title?: string | null;
}

export class UpdateDocumentDto extends VersionedUpdateDto {
  @OneOf(DOCUMENT_KINDS, false)
  kind?: DocumentKind;

  @OptionalText(200)
  title?: string | null;
}

/** OpenAPI description of the multipart body of an upload. */
export class UploadDocumentBody extends CreateDocumentDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'the file, after the other fields' })
  file: unknown;
}
