import { expect, test } from "../support/fixtures";
import { awsCli, boto3 } from "./clients";

test.use({ sandbox: { users: [], accessKey: true } }); // account.accessKey: the root user's key, no console

test("GetUser through both", async ({ account }, testInfo) => {
  const target = { baseURL: testInfo.project.use.baseURL!, credentials: account.accessKey! };
  const aws = awsCli(target);
  expect((await aws("iam", "get-user")).output).toMatchObject({ User: { UserId: account.accountId } });
  expect(await aws("iam", "get-user", "--user-name", "nobody")).toEqual({
    error: { code: "NoSuchEntity", message: "The user with name nobody cannot be found." },
  });
  const [user, missing] = await boto3(target, ["iam", "get_user"], ["iam", "get_user", { UserName: "nobody" }]);
  expect(user.response).toMatchObject({ User: { UserId: account.accountId } });
  expect(missing.error).toMatchObject({ code: "NoSuchEntity", status: 404 });
});
