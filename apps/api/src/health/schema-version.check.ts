import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { databaseAheadMessage, unknownMigrations } from '@app/db';

/** Refuses to start on a database migrated by a newer version of Coachline (see README, Upgrading). */
@Injectable()
export class SchemaVersionCheck implements OnModuleInit {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async onModuleInit(): Promise<void> {
    const unknown = await unknownMigrations(this.db);
    if (unknown.length) throw new Error(databaseAheadMessage(unknown));
  }
}
