"""The Campaigns section and the New campaign dialog."""
