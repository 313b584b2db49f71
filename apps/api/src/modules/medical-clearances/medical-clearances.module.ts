import { Module } from '@nestjs/common';
import { TrainingModule } from '../training/training.module';
import { MedicalClearancesResolver } from './medical-clearances.resolver';
import { MedicalClearancesService } from './medical-clearances.service';

@Module({ imports: [TrainingModule], providers: [MedicalClearancesService, MedicalClearancesResolver] })
export class MedicalClearancesModule {}
