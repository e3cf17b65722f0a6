"""The workspace file: schema, migrations, backups, the lock and the audit log."""

from .lock import LockInfo, WorkspaceLocked
from .schema import SCHEMA_VERSION
from .workspace import (
    NotTheOwner,
    Workspace,
    WorkspaceDamaged,
    WorkspaceReadOnly,
    check_file,
    close_thread_readers,
    now_text,
    open_reader,
)

__all__ = ["SCHEMA_VERSION", "LockInfo", "NotTheOwner", "Workspace", "WorkspaceDamaged", "WorkspaceLocked",
           "WorkspaceReadOnly", "check_file", "close_thread_readers", "now_text", "open_reader"]
