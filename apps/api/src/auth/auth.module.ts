import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessPolicy } from './access-policy.service';
import { AuthGuard } from './gql-auth.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginRateLimiter } from './login-rate-limiter';
import { PasswordService } from './password.service';
import { SessionEvents } from './session-events';
import { TokenService } from './token.service';

@Global()
@Module({
  providers: [
    AuthService,
    AccessPolicy,
    PasswordService,
    TokenService,
    LoginRateLimiter,
    SessionEvents,
    AuthResolver,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService, AccessPolicy, PasswordService, LoginRateLimiter, SessionEvents],
})
export class AuthModule {}
