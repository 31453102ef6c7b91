PASSWORD_HASHERS = [
    # ruleid: python.django.weak-password-hasher
    "django.contrib.auth.hashers.MD5PasswordHasher",
    # ok: python.django.weak-password-hasher
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    # ruleid: python.django.weak-password-hasher
    "django.contrib.auth.hashers.UnsaltedSHA1PasswordHasher",
]

PASSWORD_HASHERS = (
    # ok: python.django.weak-password-hasher
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    # ruleid: python.django.weak-password-hasher
    "django.contrib.auth.hashers.SHA1PasswordHasher",
)

# ok: python.django.weak-password-hasher
LEGACY_HASHER_NAMES = ["django.contrib.auth.hashers.MD5PasswordHasher"]
