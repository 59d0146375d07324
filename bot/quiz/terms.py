"""A Korean–English term list: the Korean words study notes use for the English
words service and feature names are made of. A stem that says 권한 points at
*Permissions*, 식별자 at *Id*, 일반적인 용도 at *범용*: the list lets the giveaway
check see a translation as the same word. Transliterations (레이크 = Lake) are
found by `translit` and need no entry here.

Each line: english word or phrase | Korean words that translate it.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources

from bot.notes.aliases import it_terms

_TERMS = """
access | 접근, 액세스
account | 계정
active | 활성
analytic | 분석
analysis | 분석
application | 응용 프로그램, 애플리케이션, 어플리케이션
archive | 보관, 아카이브
audit | 감사
authentication | 인증
authorization | 권한 부여, 인가
automatic | 자동
auto | 자동
availability | 가용성
backup | 백업
balancer | 분산
block | 블록
bucket | 버킷
build | 빌드
cache | 캐시, 캐싱
certificate | 인증서
change | 변경, 변화
class | 클래스, 등급
cli | 명령줄, 커맨드 라인, 명령 줄
cloud | 클라우드
cluster | 클러스터
command | 명령
command line | 명령줄, 명령 줄
compliance | 규정 준수
compute | 컴퓨팅, 연산
configuration | 구성, 설정
config | 구성, 설정
connect | 연결, 접속
connection | 연결
container | 컨테이너
control | 제어
copy | 복사
cost | 비용
custom | 사용자 지정, 맞춤
customer | 고객
data | 데이터
database | 데이터베이스
dedicated | 전용
default | 기본
delete | 삭제
deploy | 배포
deployment | 배포
detect | 탐지, 감지
device | 장치, 기기, 디바이스
direct | 직접, 전용
directory | 디렉터리, 디렉토리
discovery | 검색, 탐색
distribution | 배포, 분산
document | 문서
domain | 도메인
durability | 내구성
dynamic | 동적
edge | 엣지, 에지
elastic | 탄력
encryption | 암호화
endpoint | 엔드포인트
engine | 엔진
event | 이벤트
explorer | 탐색기
fifo | 선입선출, 들어온 순서, 순서대로
file | 파일
firewall | 방화벽
flow | 흐름
forecast | 예측
formation | 구성, 형성
function | 함수
gateway | 게이트웨이
general | 일반, 범용
general purpose | 범용, 일반적인 용도, 일반 용도, 다목적
global | 글로벌, 전역
graph | 그래프
group | 그룹, 집단
guard | 보호, 감시
health | 상태
high | 높은
history | 기록, 이력
id | 식별자, 아이디
identifier | 식별자
identity | 자격 증명, 신원, 아이디
image | 이미지
import | 가져오기
inheritance | 상속
inspector | 검사
instance | 인스턴스
interface | 인터페이스
inventory | 인벤토리, 목록
key | 키
lake | 호수
language | 언어
lambda | 람다
launch | 시작
layer | 계층, 레이어
ledger | 원장
lifecycle | 수명 주기, 생명 주기
limit | 한도, 제한
list | 목록
load | 로드, 로딩, 적재, 부하
location | 위치
lock | 잠금
log | 로그
machine learning | 머신러닝, 머신 러닝, 기계 학습
manage | 관리
managed | 관리형
management | 관리
memory | 메모리
message | 메시지
migration | 마이그레이션, 이전, 이동
mobile | 모바일
monitor | 모니터링, 감시
multi | 다중, 멀티
name | 이름
network | 네트워크, 망
notification | 알림, 통지
object | 객체, 오브젝트
on demand | 온디맨드, 주문형
one | 단일, 하나
optimized | 최적화
order | 순서, 주문
organization | 조직
origin | 오리진, 원본
owner | 소유자
parameter | 파라미터, 매개변수
partition | 파티션, 분할
password | 비밀번호, 암호, 패스워드
pay | 지불, 결제
performance | 성능
permission | 권한
personalize | 맞춤, 개인화
placement | 배치
policy | 정책
pool | 풀
port | 포트
price | 가격, 요금
private | 프라이빗, 사설
protection | 보호
provisioned | 프로비저닝
public | 퍼블릭, 공용
queue | 대기열, 큐
quota | 할당량
read | 읽기
recognition | 인식
record | 기록, 레코드
recovery | 복구
region | 리전, 지역
rekognition | 인식
replica | 복제본
replication | 복제
report | 보고서
request | 요청
requester | 요청자
reserved | 예약
resource | 리소스, 자원
restore | 복원
retention | 보존, 보관
role | 역할
routing | 라우팅
rule | 규칙
scaling | 확장, 스케일링
secret | 보안 암호, 비밀
security | 보안
serverless | 서버리스
session | 세션
set | 세트, 집합
share | 공유
shield | 방패
sign | 서명
simple | 단순, 간단
snapshot | 스냅샷
speech | 음성
spot | 스팟
standard | 표준
state | 상태
statement | 명령문, 문장
step | 단계
storage | 스토리지, 저장소, 저장
stream | 스트림
sticky session | 고정 세션
subnet | 서브넷
system | 시스템
table | 테이블
tag | 태그
task | 작업, 태스크
template | 템플릿
text | 텍스트
throughput | 처리량
time | 시간
topic | 주제, 토픽
traffic | 트래픽
trail | 추적
transfer | 전송
translate | 번역
trusted | 신뢰
user | 사용자, 유저
version | 버전
versioning | 버전 관리
video | 비디오, 동영상
view | 보기
visibility | 가시성, 표시, 보이지 않, 안보이, 안 보이
volume | 볼륨
warehouse | 웨어하우스, 창고
watch | 감시, 모니터링
web | 웹
workflow | 워크플로
write | 쓰기
zone | 영역, 존
"""


_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def _word_lines(initials: bool = False, spelling: bool = False) -> list[tuple[str, ...]]:
    """The shipped word list (data/ko_en_words.txt): spellings of one word per line;
    lines marked '~' only with `initials` (words read to spell an acronym out);
    lines marked '=' (plain vocabulary, see `term_list`) not with `spelling`."""
    text = resources.files("bot.notes").joinpath("data/ko_en_words.txt").read_text("utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    picked = [line[1:] for line in lines if line.startswith("~")] if initials else [
        line.removeprefix("=") for line in lines if not line.startswith("~")
        and not (spelling and line.startswith("="))]
    return [tuple(n.strip() for n in line.split("|") if n.strip()) for line in picked]


@lru_cache(maxsize=1)
def initial_words() -> dict[str, tuple[str, ...]]:
    """Korean word or phrase -> the English words whose initials it may spell."""
    out: dict[str, list[str]] = {}
    for names in _word_lines(initials=True):
        english = [n.lower() for n in names if not _HANGUL.search(n)]
        for korean in (n for n in names if _HANGUL.search(n)):
            out.setdefault(korean, []).extend(english)
    return {k: tuple(v) for k, v in out.items()}


@cache
def term_list(spelling: bool = False) -> dict[str, tuple[str, ...]]:
    """English word or phrase -> the Korean words that translate it: the list
    above, the shipped word list and the general IT term list (bot.notes), whose
    lines hold an English name and its Korean spellings. With `spelling`, the
    words read to see an acronym spelled out only: not the shipped list's plain
    vocabulary (lines marked '='), the everyday words of any subject (전체 is
    'total', 용도 'purpose'), which would spell almost any three letters ('용도:
    리소스 전체 수정' is no P-U-T)."""
    out: dict[str, list[str]] = {}

    def add(english: str, korean: list[str]) -> None:
        english = english.strip().lower()
        if english and korean:
            known = out.setdefault(english, [])
            known.extend(k for k in korean if k not in known)

    for line in _TERMS.strip().splitlines():
        english, _, korean = line.partition("|")
        add(english, [k.strip() for k in korean.split(",") if k.strip()])
    for names in (*_word_lines(spelling=spelling), *it_terms()):
        hangul = [n for n in names if _HANGUL.search(n)]
        for latin in (n for n in names if not _HANGUL.search(n)):
            add(latin, hangul)
    return {english: tuple(korean) for english, korean in out.items()}


_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,6}")


def _acronym_lines() -> list[tuple[str, ...]]:
    """The shipped list of well-known acronyms (data/acronyms.txt): 'EKS |
    Elastic Kubernetes Service', read for every deck."""
    text = resources.files("bot.notes").joinpath("data/acronyms.txt").read_text("utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return [tuple(n.strip() for n in line.split("|") if n.strip()) for line in lines]


@lru_cache(maxsize=1)
def expansions() -> dict[str, tuple[str, ...]]:
    """Acronym -> the phrases it abbreviates, from the term lists' lines that give
    both ('DNS | domain name system'): an answer 'DNS' reads as its words too."""
    out: dict[str, list[str]] = {}
    for names in (*_word_lines(), *it_terms(), *_acronym_lines()):
        latin = [n for n in names if not _HANGUL.search(n)]
        for short in (n for n in latin if _ACRONYM.fullmatch(n)):
            out.setdefault(short.lower(), []).extend(
                n for n in latin if " " in n or "-" in n)
    return {k: tuple(v) for k, v in out.items() if v}
