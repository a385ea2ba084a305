import PostgresNIO

extension PostgresJobStore {
    /// Idempotent DDL, run under an advisory lock so processes starting together do not race.
    /// Append new statements; never edit one that shipped.
    static let schema: [PostgresQuery] = [
        """
        CREATE TABLE IF NOT EXISTS jobs (
            id uuid PRIMARY KEY,
            key_id uuid NOT NULL,
            model text NOT NULL,
            public_model text NOT NULL,
            request text NOT NULL,
            seed bigint NOT NULL,
            status text NOT NULL,
            progress double precision NOT NULL,
            attempts bigint NOT NULL,
            lease_owner text,
            lease_expires_at timestamptz,
            not_before timestamptz,
            created_at timestamptz NOT NULL,
            started_at timestamptz,
            completed_at timestamptz,
            video_file text,
            preview_file text,
            poster_file text,
            video_size bigint,
            error_name text,
            error_message text)
        """,
        "CREATE INDEX IF NOT EXISTS jobs_claim_order ON jobs (status, created_at, id)",
        "CREATE INDEX IF NOT EXISTS jobs_key_status ON jobs (key_id, status)",
        "CREATE INDEX IF NOT EXISTS jobs_status_lease ON jobs (status, lease_expires_at)",
        "CREATE INDEX IF NOT EXISTS jobs_status_completed ON jobs (status, completed_at)",
        """
        CREATE TABLE IF NOT EXISTS api_keys (
            id uuid PRIMARY KEY,
            name text NOT NULL,
            secret_hash text NOT NULL UNIQUE,
            created_at timestamptz NOT NULL,
            revoked_at timestamptz)
        """,
        "CREATE INDEX IF NOT EXISTS api_keys_name ON api_keys (name)",
    ]

    /// Serialises migrations across processes.
    static let migrationLock: Int64 = 0x5265_656C_4D69_67  // "ReelMig"

    /// Serialises enqueues, so the limit check and the insert act as one.
    static let enqueueLock: Int64 = 0x5265_656C_456E_71  // "ReelEnq"

    /// Creates or updates the tables and indexes.
    public func migrate() async throws {
        try await inTransaction { connection in
            _ = try await connection.query("SELECT pg_advisory_xact_lock(\(Self.migrationLock))", logger: logger).collect()
            for statement in Self.schema {
                _ = try await connection.query(statement, logger: logger).collect()
            }
        }
    }
}
