"""The Reports section: segment reports, contact-list export and the dashboard."""
