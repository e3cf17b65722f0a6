"""The Data section: the data browser, its tables and column filters, the profile card and the audit log."""
