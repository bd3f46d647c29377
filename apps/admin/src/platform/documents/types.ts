import type { DocumentKind } from '@aic/domain';
import type { RaRecord } from 'react-admin';

/** The record a panel shows the documents of, as the list's filter. */
export type DocumentOwnerFilter = { laureateId: number } | { grantId: number } | { disbursementId: number } | { committeeId: number };

export interface DocumentRecord extends RaRecord<number> {
  laureateId: number | null;
  grantId: number | null;
  disbursementId: number | null;
  committeeId: number | null;
  kind: DocumentKind;
  title: string;
  fileName: string;
  mediaType: string;
  size: number;
  fileVersion: number;
  uploadedAt: string;
}

export interface DocumentVersionRecord {
  id: number;
  number: number;
  fileName: string;
  size: number;
  uploadedAt: string;
}
