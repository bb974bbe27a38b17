import KitWebPart from '../../kit-web-part';

/** The attendance checklist (`<attendance-checklist>`) as a web part. */
export default class AttendanceChecklistWebPart extends KitWebPart {
  protected readonly tag = 'attendance-checklist';
}
