import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@remiss/config';
import { RateLimitedError } from '@remiss/domain';
import { closeRedis, createRedisConnection, RedisClient } from '@remiss/queue';
import type { Response } from 'express';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

const LOCKED = 'För många misslyckade inloggningsförsök. Vänta en stund och försök igen.';
const TOO_MANY = 'För många förfrågningar. Vänta en stund och försök igen.';

/** Seconds until the limit opens again (at least 1), for the 429's Retry-After. */
function retryAfter(res: RateLimiterRes): number {
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}

/**
 * Throttling of sign-in and of the other unauthenticated endpoints. The counters live in Redis
 * so that every API replica sees the same ones; if Redis is unreachable each replica counts in
 * memory instead (rate-limiter-flexible's insurance limiter) rather than failing the request.
 *
 * Sign-in: an attempt takes a point from the account and from the client address before the
 * password is checked (so parallel attempts cannot slip past), a success gives both back and
 * clears the account's count. Over the limit the answer is 429 with Retry-After, even with the
 * right password, until the window has passed.
 */
@Injectable()
export class ThrottleService implements OnApplicationShutdown {
  private readonly logger = new Logger('Inloggning');
  private readonly redis: RedisClient;
  private readonly account: RateLimiterRedis;
  private readonly address: RateLimiterRedis;
  private readonly publicRequests: RateLimiterRedis;
  private readonly resetAccount: RateLimiterRedis;
  private readonly resetAddress: RateLimiterRedis;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.redis = createRedisConnection(config, 'producer');
    const limiter = (name: string, points: number, duration: number) =>
      new RateLimiterRedis({
        storeClient: this.redis,
        keyPrefix: `${config.redisPrefix}:throttle:${name}`,
        points,
        duration,
        insuranceLimiter: new RateLimiterMemory({ keyPrefix: name, points, duration }),
      });
    const { maxFailuresPerAccount, maxFailuresPerAddress, windowSeconds } = config.loginThrottle;
    this.account = limiter('login-account', maxFailuresPerAccount, windowSeconds);
    this.address = limiter('login-address', maxFailuresPerAddress, windowSeconds);
    this.publicRequests = limiter('public', config.publicThrottle.maxRequestsPerAddress, config.publicThrottle.windowSeconds);
    const { resetMaxPerAccount, resetMaxPerAddress, resetWindowSeconds } = config.accounts;
    this.resetAccount = limiter('reset-account', resetMaxPerAccount, resetWindowSeconds);
    this.resetAddress = limiter('reset-address', resetMaxPerAddress, resetWindowSeconds);
  }

  /** Runs a sign-in attempt under the limits; `attempt` throws when the e-mail or password is wrong. */
  async login<T>(email: string, address: string, attempt: () => Promise<T>): Promise<T> {
    await this.take(this.address, address, LOCKED, () => `${this.config.loginThrottle.maxFailuresPerAddress} misslyckade inloggningar från adressen ${address}`);
    await this.take(this.account, email, LOCKED, () => `${this.config.loginThrottle.maxFailuresPerAccount} misslyckade inloggningar för kontot ${email} (senast från ${address})`);
    const result = await attempt();
    await Promise.all([this.account.delete(email), this.address.reward(address, 1)]);
    return result;
  }

  /**
   * A "Glömt lösenordet?" request: over the address's limit a 429 (it tells nothing about accounts); over the
   * account's limit false, and the caller sends no mail but answers as always (no account enumeration, and
   * nobody can flood a mailbox).
   */
  async passwordReset(email: string, address: string): Promise<boolean> {
    await this.take(this.resetAddress, address, TOO_MANY, () => `${this.config.accounts.resetMaxPerAddress} begäranden om nytt lösenord från ${address}`);
    try {
      await this.resetAccount.consume(email);
      return true;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      if (rejection.consumedPoints === this.resetAccount.points + 1) this.logger.warn(`Inga fler brev om nytt lösenord till ${email} på ${this.resetAccount.duration} s.`);
      return false;
    }
  }

  /** One request to an unauthenticated endpoint (other than health) from this address. */
  async publicRequest(address: string, path: string): Promise<void> {
    await this.take(this.publicRequests, address, TOO_MANY, () => `${this.config.publicThrottle.maxRequestsPerAddress} oinloggade förfrågningar från ${address} (senast ${path})`);
  }

  private async take(limiter: RateLimiterRedis, key: string, message: string, what: () => string): Promise<void> {
    try {
      await limiter.consume(key);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      // Logged once per window and key: at the first refused attempt.
      if (rejection.consumedPoints === limiter.points + 1) {
        this.logger.warn(`Spärrat i ${retryAfter(rejection)} s efter ${what()} på ${limiter.duration} s.`);
      }
      throw new RateLimitedError(message, retryAfter(rejection));
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await closeRedis(this.redis);
  }
}

/** Sets Retry-After when the promise fails with a RateLimitedError (the exception filter writes the 429 body). */
export async function withRetryAfter<T>(response: Response, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof RateLimitedError) response.setHeader('Retry-After', String(error.retryAfterSeconds));
    throw error;
  }
}
