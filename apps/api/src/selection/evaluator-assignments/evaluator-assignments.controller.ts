import { Body, Controller, Delete, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentActor, Roles } from '../../common/auth/decorators.js';
import type { Actor } from '../../common/auth/request-user.js';
import { ParseIdPipe } from '../../common/crud/parse-id.pipe.js';
import { ListParams } from '../../common/list/list-params.decorator.js';
import type { ListQuery } from '../../common/list/list-query.js';
import { sendList } from '../../common/list/send-list.js';
import { AppValidationPipe } from '../../common/validation/app-validation.pipe.js';
import { BulkAssignDto, CreateEvaluatorAssignmentDto } from './dto/evaluator-assignment.dto.js';
import { evaluatorAssignmentListSpec } from './evaluator-assignments.list-spec.js';
import { EvaluatorAssignmentsService } from './evaluator-assignments.service.js';

/** Programme leads assign; an evaluator reads their own assignments. No PUT: an assignment is made or removed. */
@ApiTags('evaluator-assignments')
@ApiBearerAuth()
@Roles('admin', 'programme_lead')
@Controller('evaluator-assignments')
export class EvaluatorAssignmentsController {
  constructor(private readonly assignments: EvaluatorAssignmentsService) {}

  @Roles('admin', 'programme_lead', 'evaluator')
  @Get()
  async list(@ListParams(evaluatorAssignmentListSpec) query: ListQuery, @CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply) {
    return sendList(reply, 'evaluator-assignments', await this.assignments.list(query, actor));
  }

  @Roles('admin', 'programme_lead', 'evaluator')
  @Get(':id')
  get(@Param('id', new ParseIdPipe()) id: number, @CurrentActor() actor: Actor) {
    return this.assignments.getOrFail(id, actor);
  }

  @Post()
  create(@Body(new AppValidationPipe({ expectedType: CreateEvaluatorAssignmentDto })) dto: CreateEvaluatorAssignmentDto, @CurrentActor() actor: Actor) {
    return this.assignments.create(dto, actor);
  }

  /** `{ callId, juryCount, citizenCount, evaluatorIds? }` → `{ applications, created, shortfall }`. */
  @Post('bulk')
  @HttpCode(200)
  bulk(@Body(new AppValidationPipe({ expectedType: BulkAssignDto })) dto: BulkAssignDto, @CurrentActor() actor: Actor) {
    return this.assignments.assignInBulk(dto, actor);
  }

  @Delete(':id')
  remove(@Param('id', new ParseIdPipe()) id: number, @CurrentActor() actor: Actor) {
    return this.assignments.remove(id, actor);
  }
}
