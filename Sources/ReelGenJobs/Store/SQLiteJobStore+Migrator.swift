import GRDB

extension SQLiteJobStore {
    /// Append-only: never edit a migration that shipped; add a new one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: jobs and api keys") { db in
            try db.create(table: "jobs") { table in
                table.primaryKey("id", .blob)
                table.column("key_id", .blob).notNull()
                table.column("model", .text).notNull()
                table.column("public_model", .text).notNull()
                table.column("request", .text).notNull()
                table.column("seed", .integer).notNull()
                table.column("status", .text).notNull()
                table.column("progress", .double).notNull()
                table.column("attempts", .integer).notNull()
                table.column("lease_owner", .text)
                table.column("lease_expires_at", .datetime)
                table.column("not_before", .datetime)
                table.column("created_at", .datetime).notNull()
                table.column("started_at", .datetime)
                table.column("completed_at", .datetime)
                table.column("video_file", .text)
                table.column("preview_file", .text)
                table.column("poster_file", .text)
                table.column("video_size", .integer)
                table.column("error_name", .text)
                table.column("error_message", .text)
            }
            try db.create(index: "jobs_claim_order", on: "jobs", columns: ["status", "created_at", "id"])
            try db.create(index: "jobs_key_status", on: "jobs", columns: ["key_id", "status"])
            try db.create(index: "jobs_status_lease", on: "jobs", columns: ["status", "lease_expires_at"])
            try db.create(index: "jobs_status_completed", on: "jobs", columns: ["status", "completed_at"])

            try db.create(table: "api_keys") { table in
                table.primaryKey("id", .blob)
                table.column("name", .text).notNull()
                table.column("secret_hash", .text).notNull().unique()
                table.column("created_at", .datetime).notNull()
                table.column("revoked_at", .datetime)
            }
            try db.create(index: "api_keys_name", on: "api_keys", columns: ["name"])
        }
        return migrator
    }
}
