import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A partner system's API key, which it exchanges for short-lived tokens. */
@Entity()
export class ApiKey {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  partnerId: string;

  @Column('text')
  name: string;

  /** SHA-256 of the key: the key is random and long, so a plain hash is enough to find it. */
  @Column('text')
  keyHash: string;

  /** The key's first characters, for people to tell keys apart. */
  @Column('text')
  keyPrefix: string;

  @Column('text')
  createdBy: string;

  @Column('timestamptz', { default: () => 'now()' })
  createdAt: Date;

  @Column('timestamptz')
  expiresAt: Date;

  @Column('timestamptz', { nullable: true })
  revokedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  lastUsedAt: Date | null;
}
