// The version stamped on every attempt (package.json), so a replay can tell which build recorded it.
import { version } from '../../../package.json';

export const APP_VERSION: string = version;
