// The token a form card carries so a double-tapped Submit creates one record, not two.
import { randomBytes } from 'node:crypto';

export const isFormToken = (value: unknown): value is string => typeof value === 'string' && /^[A-Za-z0-9_-]{8,64}$/.test(value);

export const newFormToken = (): string => randomBytes(12).toString('base64url');
