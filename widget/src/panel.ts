/** A small form shown in place of the conversation: the transcript request and the inquiry form. */
export type PanelField = {
  name: string;
  label: string;
  type: 'email' | 'text' | 'textarea' | 'tel' | 'date' | 'time';
  value?: string;
  required?: boolean;
  maxLength?: number;
};

export type PanelSpec = {
  title: string;
  intro: string;
  fields: PanelField[];
  submitLabel: string;
  cancelLabel: string;
  /** Resolves to the confirmation shown to the customer; rejects with the message to show. */
  onSubmit: (values: Record<string, string>) => Promise<string>;
  testId: string;
};

/** Builds the panel's content into `container`; `close` is called on cancel and Escape. */
export function renderPanel(container: HTMLElement, spec: PanelSpec, close: () => void): void {
  const form = document.createElement('form');
  form.noValidate = false;
  form.dataset.testid = spec.testId;
  const title = document.createElement('h3');
  title.textContent = spec.title;
  const intro = document.createElement('p');
  intro.textContent = spec.intro;
  form.append(title, intro);
  const inputs: (HTMLInputElement | HTMLTextAreaElement)[] = [];
  for (const field of spec.fields) {
    const label = document.createElement('label');
    label.append(field.label);
    const input =
      field.type === 'textarea'
        ? document.createElement('textarea')
        : document.createElement('input');
    if (input instanceof HTMLInputElement) input.type = field.type;
    input.name = field.name;
    input.value = field.value ?? '';
    input.required = field.required ?? true;
    input.maxLength = field.maxLength ?? (field.type === 'textarea' ? 10_000 : 320);
    if (field.type === 'email') input.autocomplete = 'email';
    if (field.name === 'name') input.autocomplete = 'name';
    if (field.type === 'tel') input.autocomplete = 'tel';
    label.append(input);
    form.append(label);
    inputs.push(input);
  }
  const result = document.createElement('p');
  result.className = 'panel-result';
  result.setAttribute('role', 'status');
  const submit = document.createElement('button');
  submit.type = 'submit';
  submit.className = 'panel-submit';
  submit.textContent = spec.submitLabel;
  const cancel = document.createElement('button');
  cancel.type = 'button';
  cancel.className = 'panel-cancel';
  cancel.textContent = spec.cancelLabel;
  const actions = document.createElement('div');
  actions.className = 'panel-actions';
  actions.append(cancel, submit);
  form.append(result, actions);

  cancel.addEventListener('click', close);
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !event.isComposing) {
      event.stopPropagation();
      close();
    }
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!form.reportValidity()) return;
    const values = Object.fromEntries(inputs.map((i) => [i.name, i.value.trim()]));
    submit.disabled = true;
    result.dataset.kind = '';
    result.textContent = '';
    try {
      const done = await spec.onSubmit(values);
      for (const input of inputs) input.disabled = true;
      submit.hidden = true;
      cancel.textContent = spec.cancelLabel;
      result.dataset.kind = 'ok';
      result.textContent = done;
      cancel.focus();
    } catch (error) {
      submit.disabled = false;
      result.dataset.kind = 'error';
      result.textContent = error instanceof Error ? error.message : String(error);
    }
  });
  container.replaceChildren(form);
  (inputs.find((i) => !i.value) ?? inputs[0])?.focus();
}
