"""Privacy and safety: forget a customer, marketing consent, restore from backup."""
