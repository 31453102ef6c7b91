import random
import secrets
import string


def create_reset_token(user):
    # ruleid: python.lang.insecure-random
    token = "".join(random.choice(string.ascii_letters + string.digits) for _ in range(32))
    user.reset_token = token
    return token


def send_otp(sms, phone):
    # ruleid: python.lang.insecure-random
    otp = str(random.randint(100000, 999999))
    sms.send(phone, f"Your code is {otp}")
    return otp


class ApiClient:
    def rotate(self):
        # ruleid: python.lang.insecure-random
        self.api_key = "%032x" % random.getrandbits(128)


def new_user(name):
    record = {"name": name}
    # ruleid: python.lang.insecure-random
    record["password"] = "".join(random.sample(string.ascii_letters, 12))
    return record


def create_reset_token_safe(user):
    # ok: python.lang.insecure-random
    token = secrets.token_urlsafe(32)
    user.reset_token = token
    return token


def send_otp_safe(sms, phone):
    # ok: python.lang.insecure-random
    otp = f"{secrets.randbelow(10**6):06d}"
    sms.send(phone, f"Your code is {otp}")


def pick_color():
    # ok: python.lang.insecure-random
    color = random.choice(["red", "green", "blue"])
    return color


def jitter_delay(base):
    # ok: python.lang.insecure-random
    delay = base + random.uniform(0, 0.5)
    return delay


def system_token():
    rng = random.SystemRandom()
    # ok: python.lang.insecure-random
    token = "".join(rng.choice(string.ascii_letters) for _ in range(32))
    return token


def new_session_id() -> str:
    # ruleid: python.lang.insecure-random
    return "%032x" % random.getrandbits(128)


def make_api_key():
    # ruleid: python.lang.insecure-random
    return "".join(random.choices(string.ascii_letters + string.digits, k=40))


def issue_invite(user):
    # ruleid: python.lang.insecure-random
    return Invite.objects.create(user=user, token=random.randbytes(16).hex())


def backoff_delay(attempt):
    # ok: python.lang.insecure-random
    return random.uniform(0, 2 ** attempt)


def new_csrf_token():
    # ok: python.lang.insecure-random
    return secrets.token_hex(32)


def shuffle_cards(cards):
    # ok: python.lang.insecure-random
    return sorted(cards, key=lambda c: random.random())
