import { Module } from '@nestjs/common';
import { StaffMembersController } from './staff-members.controller.js';

@Module({ controllers: [StaffMembersController] })
export class StaffMembersModule {}
