import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/decorators/public.decorator';

@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Liveness and readiness: 200 when the process is up and the database answers, 503 otherwise. */
  @Public()
  @Get()
  async health(@Res() res: Response) {
    const started = Date.now();
    try {
      await this.db.query('SELECT 1');
      res.status(HttpStatus.OK).json({ status: 'ok', database: 'up', latencyMs: Date.now() - started });
    } catch {
      res.status(HttpStatus.SERVICE_UNAVAILABLE).json({ status: 'degraded', database: 'down' });
    }
  }
}
