import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Roles } from '../../common/auth/decorators.js';
import { CrudController } from '../../common/crud/crud-controller.js';
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
}) {}
