/**
 * Migration 7: a ward may be staffed for fewer beds than it has, for periods (format v1 `ward.capacity`):
 * at most `beds` of its beds are occupied on each night of [start_date, end_date).
 */

export const wardCapacityStatements: readonly string[] = [
  `CREATE TABLE ward_capacity (
     instance_id TEXT NOT NULL REFERENCES instances (id) ON DELETE CASCADE,
     ward_id TEXT NOT NULL,
     position INTEGER NOT NULL,
     start_date DATE NOT NULL,
     end_date DATE NOT NULL,
     beds INTEGER NOT NULL CHECK (beds >= 0),
     PRIMARY KEY (instance_id, ward_id, position),
     FOREIGN KEY (instance_id, ward_id) REFERENCES wards (instance_id, id) ON DELETE CASCADE,
     CHECK (start_date < end_date)
   )`,
];
