"""The workspace file: schema, migrations, backups, the lock and the audit log."""

from .lock import LockInfo, WorkspaceLocked
from .schema import SCHEMA_VERSION
from .workspace import Workspace, WorkspaceDamaged, check_file, now_text

__all__ = ["SCHEMA_VERSION", "LockInfo", "Workspace", "WorkspaceDamaged", "WorkspaceLocked", "check_file", "now_text"]
