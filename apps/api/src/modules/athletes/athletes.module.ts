import { Module } from '@nestjs/common';
import { AthletesResolver } from './athletes.resolver';
import { AthletesService } from './athletes.service';

@Module({ providers: [AthletesService, AthletesResolver], exports: [AthletesService] })
export class AthletesModule {}
