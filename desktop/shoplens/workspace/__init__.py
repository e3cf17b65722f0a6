"""The workspace file: schema, migrations, backups and the audit log."""

from .schema import SCHEMA_VERSION
from .workspace import Workspace, check_file, now_text

__all__ = ["SCHEMA_VERSION", "Workspace", "check_file", "now_text"]
