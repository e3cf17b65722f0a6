"""The import wizard: files, sheet, header, column mapping, summary, the import and its result."""
