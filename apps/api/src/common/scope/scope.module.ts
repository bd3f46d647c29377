import { Global, Module } from '@nestjs/common';
import { LaureateAccess } from './laureate-access.js';
import { LaureateBoundRecords } from './laureate-bound-records.js';

@Global()
@Module({ providers: [LaureateAccess, LaureateBoundRecords], exports: [LaureateAccess, LaureateBoundRecords] })
export class ScopeModule {}
