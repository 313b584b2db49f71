import { Module } from '@nestjs/common';
import { ReviewJobsModule } from '../reviews/review-jobs.module';
import { TrainingModule } from '../training/training.module';
import { MedicalClearancesResolver } from './medical-clearances.resolver';
import { MedicalClearancesService } from './medical-clearances.service';

@Module({
  imports: [TrainingModule, ReviewJobsModule],
  providers: [MedicalClearancesService, MedicalClearancesResolver],
})
export class MedicalClearancesModule {}
