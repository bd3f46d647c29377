import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/request-user.js';
import { RecordWriter } from '../../common/crud/record-writer.js';
import { splitVersion } from '../../common/crud/version.dto.js';
import { bilingual } from '../../common/errors/bilingual.js';
import { invalidField } from '../../common/errors/validation-errors.js';
import type { ListQuery } from '../../common/list/list-query.js';
import { LaureateBoundRecords } from '../../common/scope/laureate-bound-records.js';
import type { CreateInteractionDto, UpdateInteractionDto } from './dto/interaction.dto.js';
import { Interaction } from './interaction.entity.js';
import { assertNotAnonymised } from '../../directory/contacts/anonymised-contacts.js';
import { interactionListSpec } from './interactions.list-spec.js';
import { moveIntroduction, recordIntroduction } from './record-introduction.js';

@Injectable()
export class InteractionsService {
  constructor(
    private readonly records: LaureateBoundRecords,
    private readonly writer: RecordWriter,
  ) {}

  list(query: ListQuery, actor: Actor) {
    return this.records.list(Interaction, interactionListSpec, query, actor);
  }

  getOrFail(id: number, actor: Actor) {
    return this.records.getOrFail(Interaction, 'interactions', id, actor);
  }

  /** An introduction also creates or advances the partnership with the administration introduced, atomically. */
  create(dto: CreateInteractionDto, actor: Actor): Promise<Interaction & { partnershipId?: number }> {
    const { updatePartnership = true, partnershipPurpose = 'other', ...values } = dto;
    return this.writer.transaction(async (em) => {
      const interaction = await this.records.create(Interaction, 'interactions', { ...values, occurredAt: new Date(values.occurredAt) }, actor, assertPeopleExist, em);
      if (interaction.kind !== 'introduction' || !interaction.organisationId || !updatePartnership) return interaction;
      const partnershipId = await recordIntroduction(em, this.writer, actor, interaction, partnershipPurpose);
      return { ...interaction, partnershipId };
    });
  }

  /**
   * Correcting the administration of an introduction moves its partnership along (see moveIntroduction); an entry
   * that becomes an introduction opens or advances the partnership as a new one would.
   */
  update(id: number, dto: UpdateInteractionDto, actor: Actor) {
    const { version, patch } = splitVersion(dto);
    const { updatePartnership = true, partnershipPurpose = 'other', occurredAt, ...values } = patch;
    const changes: Partial<Interaction> = { ...values, occurredAt: occurredAt === undefined ? undefined : new Date(occurredAt) };
    return this.writer.transaction(async (em) => {
      let before: Interaction | undefined;
      const remember = async (merged: Partial<Interaction>, tx: EntityManager, current?: Interaction) => {
        before = current && { ...current }; // a copy: the write merges the patch into the stored entity
        await assertPeopleExist(merged, tx);
      };
      const updated = await this.records.update(Interaction, 'interactions', id, version, changes, actor, remember, em);
      if (!before || updated.kind !== 'introduction' || !updated.organisationId || !updatePartnership) return updated;
      const wasIntroduction = before.kind === 'introduction' && before.organisationId !== null;
      if (wasIntroduction && before.organisationId === updated.organisationId) return updated;
      const partnershipId = wasIntroduction
        ? await moveIntroduction(em, this.writer, actor, updated, before.organisationId!, partnershipPurpose)
        : await recordIntroduction(em, this.writer, actor, updated, partnershipPurpose);
      return { ...updated, partnershipId };
    });
  }

  remove(id: number, actor: Actor) {
    return this.records.remove(Interaction, 'interactions', id, actor);
  }
}

const PARTICIPANTS = [
  ['contactIds', 'contacts', bilingual('Une des personnes choisies est introuvable', 'One of the chosen people cannot be found')],
  ['userIds', 'users', bilingual('Une des personnes choisies est introuvable', 'One of the chosen people cannot be found')],
  ['organisationIds', 'organisations', bilingual('Une des organisations choisies est introuvable', 'One of the chosen organisations cannot be found')],
] as const;

/** Participants are arrays (no foreign key): check them here. */
async function assertPeopleExist(interaction: Partial<Interaction>, em: EntityManager): Promise<void> {
  for (const [field, table, message] of PARTICIPANTS) {
    const ids = interaction[field] ?? [];
    if (ids.length === 0) continue;
    const [{ found }] = await em.query(`SELECT count(*)::int AS found FROM ${table} WHERE id = ANY($1::int[])`, [ids]);
    if (found !== new Set(ids).size) throw invalidField(field, message);
  }
  await assertNotAnonymised(em, 'contactIds', interaction.contactIds ?? []);
}
