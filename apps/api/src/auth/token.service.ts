import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'crypto';
import * as jwt from 'jsonwebtoken';
import { unauthenticated } from '@app/common';
import { AppConfigService } from '../config/app-config.service';

export interface AccessClaims {
  sub: string;
  org: string;
  /** The session: the refresh-token family the token was issued in, checked on every request. */
  sid: string;
}

export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
export const randomToken = () => randomBytes(32).toString('base64url');

@Injectable()
export class TokenService {
  constructor(private readonly config: AppConfigService) {}

  signAccess(claims: AccessClaims): { token: string; expiresAt: Date } {
    const ttl = this.config.accessTokenTtlSeconds;
    const token = jwt.sign({ org: claims.org, sid: claims.sid, typ: 'access' }, this.config.jwtSecret, {
      algorithm: 'HS256',
      subject: claims.sub,
      expiresIn: ttl,
      issuer: 'coachline',
    });
    return { token, expiresAt: new Date(Date.now() + ttl * 1000) };
  }

  verifyAccess(token: string): AccessClaims {
    try {
      const payload = jwt.verify(token, this.config.jwtSecret, {
        algorithms: ['HS256'],
        issuer: 'coachline',
      }) as jwt.JwtPayload;
      // A token must expire and name its session: one without `exp` would never end, one without `sid`
      // could not be revoked.
      if (
        payload.typ !== 'access' ||
        typeof payload.sub !== 'string' ||
        typeof payload.org !== 'string' ||
        typeof payload.sid !== 'string' ||
        typeof payload.exp !== 'number'
      ) {
        throw unauthenticated('Invalid access token', 'TOKEN_INVALID');
      }
      return { sub: payload.sub, org: payload.org, sid: payload.sid };
    } catch (e) {
      if (e instanceof jwt.TokenExpiredError) throw unauthenticated('Access token expired', 'TOKEN_EXPIRED');
      if (e instanceof jwt.JsonWebTokenError) throw unauthenticated('Invalid access token', 'TOKEN_INVALID');
      throw e;
    }
  }
}
