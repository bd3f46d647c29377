import type { CommitmentStatus } from '@aic/domain';

/** The JSON of GET /api/funding-overview?seasonId=. */
export interface FundingOverviewData {
  seasonId: number;
  seasonName: string;
  envelope: number | null;
  granted: number;
  paid: number;
  /** envelope − granted; negative when the envelope is exceeded; null without an envelope. */
  remaining: number | null;
  laureatesFunded: number;
  laureates: Array<{ laureateId: number; name: string; granted: number; paid: number; grants: number }>;
  commitments: Array<{ status: CommitmentStatus; count: number; amount: number; nextDueOn: string | null }>;
}
