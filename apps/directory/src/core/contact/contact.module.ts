import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationModule } from '../organization/organization.module';
import { Contact } from './contact.entity';
import { ContactResolver, OrganizationContactsResolver } from './contact.resolver';
import { ContactService } from './contact.service';

@Module({
  imports: [TypeOrmModule.forFeature([Contact]), OrganizationModule],
  providers: [ContactService, ContactResolver, OrganizationContactsResolver],
})
export class ContactModule {}
