/**
 * Unique, valid citizen identity numbers (CCCD): province code + gender/century digit + 2-digit
 * birth year + 6 digits. Random 6-digit tails collide (≈400 duplicates among 2 million people), and
 * the number is unique in the database, so the tail is a serial number within its
 * (province, gender, year) bucket, scrambled by a bijection of 0…999,999 so it still looks random.
 */
import { cccdGenderDigit } from '../../../core/catalog/cccd';
import type { Gender } from '../../../core/catalog/enums';
import { mixSeed } from './prng';

// Odd and not a multiple of 5: coprime with 10^6, so x ↦ x·K mod 10^6 is a bijection.
const SCRAMBLE = 737_831;
const SPACE = 1_000_000;

export class CccdAllocator {
  private readonly used = new Map<string, number>();

  constructor(private readonly seed: number) {}

  next(provinceCode: string, birthYear: number, gender: Gender): string {
    const prefix = `${provinceCode}${cccdGenderDigit(birthYear, gender)}${String(birthYear % 100).padStart(2, '0')}`;
    const serial = this.used.get(prefix) ?? 0;
    if (serial >= SPACE) throw new Error(`CCCD space exhausted for ${prefix}`);
    this.used.set(prefix, serial + 1);
    // Per-bucket offset so buckets do not all start at the same tail.
    const offset = mixSeed(this.seed, Number(prefix)) % SPACE;
    const tail = (serial * SCRAMBLE + offset) % SPACE;
    return `${prefix}${String(tail).padStart(6, '0')}`;
  }
}
