"""The repository: all of the store's SQL, and the only place in SVMI Desktop that writes any.

Nothing outside this package writes SQL. Functions take an open :class:`sqlite3.Connection` in
autocommit mode (``isolation_level=None``); the caller groups them with :func:`transaction`.
Times are UTC ISO 8601 strings of fixed width, so that they sort as text.

The SQL is split by responsibility:

- :mod:`.schema`: the tables and the migrations between schema versions;
- :mod:`.connections`: connection settings, transactions, checkpoints and copies;
- :mod:`.checks`: schema version, integrity and expected-table checks;
- :mod:`.session_reads`: the session list and loading a whole assessment;
- :mod:`.session_writes`: inserting, changing, soft-deleting and purging sessions;
- :mod:`.identity`: the data folder's id, bumped by every write (issue 9);
- :mod:`.values` (no SQL): how times, dates and flags are stored.

The rest of the storage package calls these functions through this package's namespace
(``repository.upsert_answer``, ``repository.MIGRATIONS``...), so replacing one here, as the
fault and migration tests do, replaces it for the store too.
"""

from .checks import (
    foreign_key_problems,
    has_any_table,
    integrity_problems,
    integrity_result,
    missing_tables,
    user_version,
)
from .connections import (
    BUSY_TIMEOUT_MS,
    checkpoint_truncate,
    connect_reader,
    connect_writer,
    copy_database,
    transaction,
)
from .identity import bump, folder_id
from .room import load_room, write_room  # issue 15
from .schema import MIGRATIONS, SCHEMA_VERSION, TABLES, Migration, apply_migration
from .session_reads import (
    SessionRow,
    count_answers,
    count_deleted,
    exists,
    list_sessions,
    load_session,
)
from .session_writes import (
    delete_custom_action,
    insert_children,
    insert_participants,
    insert_session,
    mark_deleted,
    purge_deleted,
    put_custom_action,
    rewrite_session,
    set_summary,
    touch,
    update_details,
    upsert_action_edit,
    upsert_answer,
    upsert_note,
)
from .values import format_time, now_text, parse_time

__all__ = [
    "BUSY_TIMEOUT_MS",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "TABLES",
    "Migration",
    "SessionRow",
    "apply_migration",
    "bump",
    "checkpoint_truncate",
    "connect_reader",
    "connect_writer",
    "copy_database",
    "count_answers",
    "count_deleted",
    "delete_custom_action",
    "exists",
    "folder_id",
    "foreign_key_problems",
    "format_time",
    "has_any_table",
    "insert_children",
    "insert_participants",
    "insert_session",
    "integrity_problems",
    "integrity_result",
    "list_sessions",
    "load_room",
    "load_session",
    "mark_deleted",
    "missing_tables",
    "now_text",
    "parse_time",
    "purge_deleted",
    "put_custom_action",
    "rewrite_session",
    "set_summary",
    "touch",
    "transaction",
    "update_details",
    "upsert_action_edit",
    "upsert_answer",
    "upsert_note",
    "user_version",
    "write_room",
]
