import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthContext } from '../../auth/auth-context';
import { CurrentAuth } from '../../auth/decorators/current-auth.decorator';
import { MedicalClearanceArgs, RecordMedicalClearanceInput } from './dto/medical-clearances.inputs';
import { MedicalClearancesService } from './medical-clearances.service';
import { MedicalClearanceModel } from './models/medical-clearance.model';

@Resolver(() => MedicalClearanceModel)
export class MedicalClearancesResolver {
  constructor(private readonly clearances: MedicalClearancesService) {}

  @Mutation(() => MedicalClearanceModel, {
    description:
      'Record that a doctor cleared the athlete after a recommended medical check (their assigned coach only); reviews count only the days after it. The clearance is saved first; then the athlete’s stored review of the coming week is generated again with it and waited for, so `athleteReview` read after the answer is the engine’s answer to the clearance (no need to call generateReviews). If that generation fails, the clearance is still saved and the answer is no error: `reviewRegeneration` is QUEUED and the review is re-run in the background (KEPT_DONE when the coach had already completed that review)',
  })
  recordMedicalClearance(
    @CurrentAuth() ctx: AuthContext,
    @Args('input') input: RecordMedicalClearanceInput,
  ): Promise<MedicalClearanceModel> {
    return this.clearances.record(ctx, input);
  }

  @Query(() => MedicalClearanceModel, {
    nullable: true,
    description: 'The latest doctor’s clearance recorded for an athlete you may see, or null',
  })
  medicalClearance(
    @CurrentAuth() ctx: AuthContext,
    @Args() args: MedicalClearanceArgs,
  ): Promise<MedicalClearanceModel | null> {
    return this.clearances.latest(ctx, args);
  }
}
