"use client";

import { useId, useState } from "react";
import { ActionDialog } from "@/components/action-dialog";
import { useI18n } from "@/components/i18n/i18n-provider";
import { format } from "@/lib/i18n/messages";
import { ConfirmActionButton } from "@/components/confirm-action-button";
import { useConfirmOutcome, useOutcomeAction } from "../permissions/use-outcome-action";
import { addUsersToGroupAction, addUserToGroupsAction, removeUserFromGroupAction } from "./actions";

/**
 * "Add user to groups" on a user's Groups tab (`userName`, offering `groups`), or "Add users" on a group's
 * Users tab (`groupName`, offering `users`): tick names, then AddUserToGroup for each.
 */
export function AddMembershipButton(props: { userName: string; groups: string[] } | { groupName: string; users: string[] }) {
  const { messages } = useI18n();
  const m = messages.groups;
  const id = useId();
  const [open, setOpen] = useState(false);
  const { error, setError, pending, run } = useOutcomeAction();
  const forUser = "userName" in props;
  const label = forUser ? m.addToGroups : m.addUsersButton;
  const names = forUser ? props.groups : props.users;
  const close = () => {
    setOpen(false);
    setError(undefined);
  };
  const add = (chosen: string[]) =>
    run(() => ("userName" in props ? addUserToGroupsAction({ userName: props.userName, groupNames: chosen }) : addUsersToGroupAction({ groupName: props.groupName, userNames: chosen })), close);
  return (
    <>
      <button type="button" className="btn-normal" onClick={() => setOpen(true)}>
        {label}
      </button>
      {open && (
        <ActionDialog
          title={"userName" in props ? format(m.addToGroupsTitle, { name: props.userName }) : format(m.addUsersTitle, { name: props.groupName })}
          actionLabel={label}
          pending={pending}
          error={error}
          onSubmit={(form) => {
            const chosen = form.getAll("name").map(String);
            if (chosen.length === 0) return setError(messages.validation.required);
            add(chosen);
          }}
          onClose={close}
        >
          {names.length === 0 ? (
            <p className="text-muted">{forUser ? m.noGroupsToAdd : m.noUsers}</p>
          ) : (
            <ul className="divide-y divide-line border-y border-line">
              {names.map((name, index) => (
                <li key={name} className="flex items-center gap-3 px-2 py-2">
                  <input type="checkbox" id={`${id}-${index}`} name="name" value={name} />
                  <label htmlFor={`${id}-${index}`} className="min-w-0 break-all">
                    {name}
                  </label>
                </li>
              ))}
            </ul>
          )}
        </ActionDialog>
      )}
    </>
  );
}

/** Remove a user from a group (RemoveUserFromGroup), once confirmed; `name` is what the row shows. */
export function RemoveMembershipButton({ groupName, userName, name }: { groupName: string; userName: string; name: string }) {
  const m = useI18n().messages.groups;
  const confirm = useConfirmOutcome();
  return (
    <ConfirmActionButton
      label={m.removeUser}
      accessibleName={`${m.removeUser} ${name}`}
      className="btn-link"
      title={format(m.removeUserTitle, { user: userName, group: groupName })}
      actionLabel={m.removeUser}
      onConfirm={() => confirm(() => removeUserFromGroupAction({ groupName, userName }))}
    >
      <p>{m.removeUserBody}</p>
    </ConfirmActionButton>
  );
}
