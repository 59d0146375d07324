"""A name's spelling closed up from words it also writes apart ('nat gw' and
'natgw', 'load balancer' and 'loadbalancer') is those words again, never a
word of its own to be heard in Hangul or katakana: 'natgw' read as a sound
matched 네트워크 (n-t-w-k), so a breadcrumb or stem saying 'network' gave NAT
Gateway away among NAT Instance and Transit Gateway, and no question on it
was asked. The words apart are still heard ('로드밸런서' says Load Balancer), and
a closed-up name written no other way is still a word ('Cloudfront')."""

from __future__ import annotations

from bot.quiz.gloss import gives_away, shown_senses, spoken_words

NAT_GATEWAY = "NAT Gateway nat gateway nat gw natgateway natgw"


def test_a_closed_up_spelling_is_no_word_of_its_own() -> None:
    assert "natgw" not in spoken_words(NAT_GATEWAY)
    assert {"gateway", "nat"} <= spoken_words(NAT_GATEWAY)
    assert "natgw" not in shown_senses(NAT_GATEWAY, "네트워크 트래픽을 처리")
    assert not gives_away(NAT_GATEWAY, "네트워크 트래픽을 처리", ["Transit Gateway"])
    assert not gives_away(NAT_GATEWAY, "ネットワークの通信を処理", ["Transit Gateway"])
    assert not gives_away(NAT_GATEWAY, "network traffic is handled", ["Transit Gateway"])
    assert not gives_away(NAT_GATEWAY, "处理网络流量", ["Transit Gateway"])


def test_the_words_apart_are_still_heard() -> None:
    assert {"load", "balancer"} <= shown_senses("Load Balancer loadbalancer",
                                                "로드밸런서로 트래픽 분산")
    # The gateway's own word, in Hangul, still points at it.
    assert gives_away(NAT_GATEWAY, "게이트웨이를 통해 인터넷으로 나감", ["Direct Connect"])


def test_a_closed_up_name_written_no_other_way_is_a_word() -> None:
    assert "cloudfront" in spoken_words("Cloudfront")
    assert shown_senses("Cloudfront", "클라우드프론트로 배포")
