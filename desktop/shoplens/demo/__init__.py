"""The demo shop: generated spreadsheets of a small tea shop, and a workspace built from them by the real importer."""
