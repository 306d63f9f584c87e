// SPDX-License-Identifier: MIT
// internalBinding('fs') against doc/builtins.md: sync forms return or
// throw node's system error; async forms complete through oncomplete.

#include <unistd.h>

#include <string>

#include "fixture.h"

namespace nodus::test {
namespace {

class FsBindingTest : public EnvironmentTest {
 protected:
  void SetUp() override {
    EnvironmentTest::SetUp();
    v8::HandleScope scope(isolate());
    v8::Local<v8::Context> context = env().context();
    context->Global()
        ->Set(context, v8::String::NewFromUtf8Literal(isolate(), "fsb"),
              env().GetBinding("fs").ToLocalChecked())
        .Check();
    dir_ = "/tmp/nodus-cctest-fs-" + std::to_string(getpid());
    Run("globalThis.dir = '" + dir_ + "';");
  }
  void TearDown() override {
    Run("try { for (const n of fsb.readdirSync(dir, false, false)) "
        "fsb.unlinkSync(dir + '/' + n) } catch {} "
        "try { fsb.rmdirSync(dir) } catch {}");
    EnvironmentTest::TearDown();
  }
  std::string dir_;
};

TEST_F(FsBindingTest, SyncRoundTrip) {
  EXPECT_EQ(Run("String(fsb.mkdirSync(dir, 0o755, false))"), "undefined");
  EXPECT_EQ(Run(R"(
    const fd = fsb.openSync(dir + '/f.txt', 0o1101 /* WRONLY|CREAT|TRUNC */,
                            0o644);
    const written = fsb.writeStringSync(fd, 'héllo', -1, 'utf8');
    fsb.closeSync(fd);
    const rfd = fsb.openSync(dir + '/f.txt', 0, 0);
    const buf = new Uint8Array(16);
    const read = fsb.readSync(rfd, buf, 0, 16, 0);
    fsb.closeSync(rfd);
    [written, read, fsb.readFileUtf8(dir + '/f.txt', 0)].join())"),
            "6,6,héllo");
  EXPECT_EQ(Run("const st = fsb.statSync(dir + '/f.txt', false);"
                "[st.length, st[8], (st[1] & 0o170000) === 0o100000].join()"),
            "18,6,true");
  EXPECT_EQ(Run("typeof fsb.lstatSync(dir, true)[8]"), "bigint");
  EXPECT_EQ(Run("JSON.stringify(fsb.readdirSync(dir, true, false))"),
            "[[\"f.txt\"],[1]]");
}

TEST_F(FsBindingTest, SyncErrorsAreNodesSystemErrors) {
  EXPECT_EQ(Run("try { fsb.openSync('/no/such/file', 0, 0) } catch (e) {"
                " [e.message, e.code, e.errno, e.syscall, e.path].join('|') }"),
            "ENOENT: no such file or directory, open '/no/such/file'|ENOENT|"
            "-2|open|/no/such/file");
  EXPECT_EQ(Run("try { fsb.renameSync('/no/a', '/no/b') } catch (e) {"
                " e.message }"),
            "ENOENT: no such file or directory, rename '/no/a' -> '/no/b'");
}

TEST_F(FsBindingTest, RecursiveMkdirReturnsFirstCreated) {
  Run("fsb.mkdirSync(dir, 0o755, false)");
  EXPECT_EQ(Run("fsb.mkdirSync(dir + '/a/b/c', 0o755, true)"), dir_ + "/a");
  EXPECT_EQ(Run("String(fsb.mkdirSync(dir + '/a/b', 0o755, true))"),
            "undefined");
  Run("fsb.rmdirSync(dir + '/a/b/c'); fsb.rmdirSync(dir + '/a/b');"
      "fsb.rmdirSync(dir + '/a');");
}

TEST_F(FsBindingTest, AsyncCompletesOnTheLoop) {
  Run(R"(
    fsb.mkdirSync(dir, 0o755, false);
    globalThis.results = [];
    const req = new fsb.FsRequest();
    req.oncomplete = (err, value) => results.push(`mkdir ${err} ${value}`);
    fsb.mkdir(dir + '/x/y', 0o755, true, req);
    const missing = new fsb.FsRequest();
    missing.oncomplete = (err) => results.push(`stat ${err}`);
    fsb.stat('/no/such', false, missing);
    results.push('sync part done');
  )");
  env().SpinEventLoop();
  EXPECT_EQ(Run("results.sort().join(';')"),
            "mkdir 0 " + dir_ + "/x;stat -2;sync part done");
  Run("fsb.rmdirSync(dir + '/x/y'); fsb.rmdirSync(dir + '/x');");
}

TEST_F(FsBindingTest, DirHandleReadsInBatches) {
  Run(R"(
    fsb.mkdirSync(dir, 0o755, false);
    for (let i = 0; i < 40; i++) {
      fsb.closeSync(fsb.openSync(dir + '/f' + i, 0o101, 0o644));
    }
  )");
  EXPECT_EQ(Run(R"(
    const handle = fsb.opendirSync(dir);
    let names = 0, batches = 0, batch;
    while ((batch = handle.readSync(true)) !== null) {
      batches++;
      names += batch.length / 2;
    }
    handle.closeSync();
    `${names} ${batches}`)"),
            "40 2");
}

}  // namespace
}  // namespace nodus::test
