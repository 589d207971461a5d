import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { NotFoundError } from '@symbiose/platform';
import { OrganizationService } from '../organization/organization.service';
import { AddContactInput } from './dto/add-contact.input';
import { Contact } from './contact.entity';

@Injectable()
export class ContactService {
  constructor(
    @InjectRepository(Contact) private readonly contacts: Repository<Contact>,
    private readonly organizations: OrganizationService,
  ) {}

  async add(input: AddContactInput): Promise<Contact> {
    await this.organizations.requireExisting(input.organizationId, 'organizationId');
    return this.contacts.save(
      this.contacts.create({
        organizationId: input.organizationId,
        name: input.name,
        role: input.role ?? null,
        email: input.email ?? null,
        phone: input.phone ?? null,
        consentToContact: input.consentToContact,
      }),
    );
  }

  /** Removes a contact; returns the removed contact's id. */
  async remove(id: string): Promise<string> {
    // In a transaction, so that the mutation's audit entry is written with the deletion; an
    // unknown id rolls it back, and the refusal is audited instead.
    await this.contacts.manager.transaction(async (manager) => {
      const { affected } = await manager.delete(Contact, { id });
      if (!affected) throw new NotFoundError('id', id);
    });
    return id;
  }

  findByOrganizationIds(organizationIds: readonly string[]): Promise<Contact[]> {
    return this.contacts.find({
      where: { organizationId: In([...organizationIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }
}
