"""Settings tab, Connect wizard and the first-login prompt."""
