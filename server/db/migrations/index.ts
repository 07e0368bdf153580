import { authStatements } from './auth.ts';
import { loginAttemptStatements } from './loginAttempts.ts';
import { planRevisionStatements } from './planRevision.ts';
import { userInstanceStatements } from './userInstance.ts';
import { wardCapacityStatements } from './wardCapacity.ts';

/**
 * The schema, as numbered migrations applied in order on start (server/db/migrations/migrate.ts). A migration, once
 * released, never changes: a change to the schema is a new migration at the end. Each is a list of single
 * statements, because PGlite's parameterised query runs one statement at a time.
 */
export interface Migration {
  readonly id: number;
  readonly name: string;
  readonly statements: readonly string[];
}

/** Every table keyed by (instance_id, id) belongs to one instance and goes when the instance goes. */
const belongsToInstance = 'instance_id TEXT NOT NULL REFERENCES instances (id) ON DELETE CASCADE';

const bedTree = [
  // The placeholder store (before migrations) kept each instance as one JSON body; it only ever held the
  // demo instance, which is loaded again on the next start.
  `DROP TABLE IF EXISTS instances`,
  `CREATE TABLE instances (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     horizon_start DATE NOT NULL,
     horizon_end DATE NOT NULL,
     turnover_days INTEGER NOT NULL CHECK (turnover_days >= 0),
     created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
     CHECK (horizon_start < horizon_end)
   )`,
  `CREATE TABLE centres (
     ${belongsToInstance},
     id TEXT NOT NULL,
     position INTEGER NOT NULL,
     name TEXT NOT NULL,
     PRIMARY KEY (instance_id, id)
   )`,
  `CREATE TABLE wards (
     ${belongsToInstance},
     id TEXT NOT NULL,
     centre_id TEXT NOT NULL,
     position INTEGER NOT NULL,
     name TEXT NOT NULL,
     tags TEXT[] NOT NULL,
     capacity INTEGER CHECK (capacity >= 0),
     PRIMARY KEY (instance_id, id),
     FOREIGN KEY (instance_id, centre_id) REFERENCES centres (instance_id, id) ON DELETE CASCADE
   )`,
  `CREATE TABLE ward_closures (
     ${belongsToInstance},
     ward_id TEXT NOT NULL,
     position INTEGER NOT NULL,
     start_date DATE NOT NULL,
     end_date DATE NOT NULL,
     PRIMARY KEY (instance_id, ward_id, position),
     FOREIGN KEY (instance_id, ward_id) REFERENCES wards (instance_id, id) ON DELETE CASCADE,
     CHECK (start_date < end_date)
   )`,
  `CREATE TABLE rooms (
     ${belongsToInstance},
     id TEXT NOT NULL,
     ward_id TEXT NOT NULL,
     position INTEGER NOT NULL,
     PRIMARY KEY (instance_id, id),
     FOREIGN KEY (instance_id, ward_id) REFERENCES wards (instance_id, id) ON DELETE CASCADE
   )`,
  `CREATE TABLE beds (
     ${belongsToInstance},
     id TEXT NOT NULL,
     room_id TEXT NOT NULL,
     position INTEGER NOT NULL,
     tags TEXT[] NOT NULL,
     PRIMARY KEY (instance_id, id),
     FOREIGN KEY (instance_id, room_id) REFERENCES rooms (instance_id, id) ON DELETE CASCADE
   )`,
  `CREATE TABLE bed_out_of_service (
     ${belongsToInstance},
     bed_id TEXT NOT NULL,
     position INTEGER NOT NULL,
     start_date DATE NOT NULL,
     end_date DATE NOT NULL,
     PRIMARY KEY (instance_id, bed_id, position),
     FOREIGN KEY (instance_id, bed_id) REFERENCES beds (instance_id, id) ON DELETE CASCADE,
     CHECK (start_date < end_date)
   )`,
];

const people = [
  // id is pseudonymous; name is only ever filled for those allowed to see it (not part of format v1).
  `CREATE TABLE people (
     ${belongsToInstance},
     id TEXT NOT NULL,
     position INTEGER NOT NULL,
     sex TEXT NOT NULL CHECK (sex IN ('F', 'M')),
     partner_id TEXT,
     name TEXT,
     PRIMARY KEY (instance_id, id),
     FOREIGN KEY (instance_id, partner_id) REFERENCES people (instance_id, id)
       ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
   )`,
];

const waitingList = [
  `CREATE TABLE requests (
     ${belongsToInstance},
     id TEXT NOT NULL,
     position INTEGER NOT NULL,
     person_id TEXT NOT NULL,
     kind TEXT NOT NULL,
     earliest_start DATE NOT NULL,
     latest_start DATE NOT NULL,
     nights INTEGER NOT NULL CHECK (nights >= 1),
     priority INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 5),
     source TEXT NOT NULL CHECK (source IN ('hospital', 'home')),
     required_tags TEXT[] NOT NULL,
     preferred_centres TEXT[] NOT NULL,
     pinned BOOLEAN NOT NULL,
     pin_bed_id TEXT,
     pin_start DATE,
     PRIMARY KEY (instance_id, id),
     FOREIGN KEY (instance_id, person_id) REFERENCES people (instance_id, id) ON DELETE CASCADE,
     FOREIGN KEY (instance_id, pin_bed_id) REFERENCES beds (instance_id, id) ON DELETE CASCADE,
     CHECK (earliest_start <= latest_start),
     CHECK (pinned OR (pin_bed_id IS NULL AND pin_start IS NULL))
   )`,
  `CREATE TABLE series (
     ${belongsToInstance},
     id TEXT NOT NULL,
     position INTEGER NOT NULL,
     person_id TEXT NOT NULL,
     kind TEXT NOT NULL,
     first_start_earliest DATE NOT NULL,
     first_start_latest DATE NOT NULL,
     until DATE NOT NULL,
     flex_days INTEGER NOT NULL CHECK (flex_days >= 0),
     required_tags TEXT[] NOT NULL,
     preferred_centres TEXT[] NOT NULL,
     PRIMARY KEY (instance_id, id),
     FOREIGN KEY (instance_id, person_id) REFERENCES people (instance_id, id) ON DELETE CASCADE,
     CHECK (first_start_earliest <= first_start_latest)
   )`,
  `CREATE TABLE series_phases (
     ${belongsToInstance},
     series_id TEXT NOT NULL,
     position INTEGER NOT NULL,
     in_nights INTEGER NOT NULL CHECK (in_nights >= 1),
     home_nights INTEGER NOT NULL CHECK (home_nights >= 0),
     count INTEGER CHECK (count >= 1),
     PRIMARY KEY (instance_id, series_id, position),
     FOREIGN KEY (instance_id, series_id) REFERENCES series (instance_id, id) ON DELETE CASCADE
   )`,
  `CREATE TABLE series_pins (
     ${belongsToInstance},
     series_id TEXT NOT NULL,
     position INTEGER NOT NULL,
     occurrence INTEGER NOT NULL CHECK (occurrence >= 0),
     bed_id TEXT,
     start_date DATE,
     PRIMARY KEY (instance_id, series_id, position),
     FOREIGN KEY (instance_id, series_id) REFERENCES series (instance_id, id) ON DELETE CASCADE,
     FOREIGN KEY (instance_id, bed_id) REFERENCES beds (instance_id, id) ON DELETE CASCADE
   )`,
  `CREATE TABLE fixed_stays (
     ${belongsToInstance},
     id TEXT NOT NULL,
     position INTEGER NOT NULL,
     person_id TEXT NOT NULL,
     bed_id TEXT NOT NULL,
     start_date DATE NOT NULL,
     end_date DATE NOT NULL,
     PRIMARY KEY (instance_id, id),
     FOREIGN KEY (instance_id, person_id) REFERENCES people (instance_id, id) ON DELETE CASCADE,
     FOREIGN KEY (instance_id, bed_id) REFERENCES beds (instance_id, id) ON DELETE CASCADE,
     CHECK (start_date < end_date)
   )`,
];

const plans = [
  `CREATE TABLE plans (
     id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     ${belongsToInstance},
     version INTEGER NOT NULL CHECK (version >= 1),
     status TEXT NOT NULL CHECK (status IN ('draft', 'published')),
     created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
     published_at TIMESTAMPTZ,
     body JSONB NOT NULL,
     UNIQUE (instance_id, version),
     CHECK ((status = 'published') = (published_at IS NOT NULL))
   )`,
];

export const migrations: readonly Migration[] = [
  { id: 1, name: 'bed tree: instances, centres, wards, rooms, beds', statements: bedTree },
  { id: 2, name: 'people', statements: people },
  { id: 3, name: 'waiting list: requests, series, fixed stays', statements: waitingList },
  { id: 4, name: 'plan versions', statements: plans },
  { id: 5, name: 'users, sessions and the audit log', statements: authStatements },
  { id: 6, name: 'plan revisions', statements: planRevisionStatements },
  { id: 7, name: 'ward capacity: beds staffed for, by period', statements: wardCapacityStatements },
  { id: 8, name: "the instance of a user's scope", statements: userInstanceStatements },
  { id: 9, name: 'login attempts, for the login throttle', statements: loginAttemptStatements },
];
