import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Roles } from '../../common/auth/decorators.js';
import { CrudController } from '../../common/crud/crud-controller.js';
import { ParseIdPipe } from '../../common/crud/parse-id.pipe.js';
import { CreateUserDto } from './dto/create-user.dto.js';
import { UpdateUserDto } from './dto/update-user.dto.js';
import { userListSpec } from './users.list-spec.js';
import { UsersService } from './users.service.js';

@ApiTags('users')
@Roles('admin')
@Controller('users')
export class UsersController extends CrudController({
  resource: 'users',
  spec: userListSpec,
  service: UsersService,
  createDto: CreateUserDto,
  updateDto: UpdateUserDto,
}) {
  /** E-mails the person a new invitation to choose their password; earlier links stop working. */
  @Post(':id/invitation')
  @HttpCode(204)
  invite(@Param('id', new ParseIdPipe()) id: number) {
    return (this.service as UsersService).invite(id);
  }
}
