import { Module } from '@nestjs/common';
import { ProConnectController } from './proconnect.controller.js';
import { ProConnectService } from './proconnect.service.js';
import { SelfRegistrationDomainsController } from './self-registration-domains.controller.js';
import { SelfRegistrationDomainsService } from './self-registration-domains.service.js';

@Module({
  controllers: [ProConnectController, SelfRegistrationDomainsController],
  providers: [ProConnectService, SelfRegistrationDomainsService],
})
export class ProConnectModule {}
