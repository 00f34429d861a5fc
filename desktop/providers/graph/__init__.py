"""Microsoft 365 through Microsoft Graph: sign-in with msal, calendars and contacts."""
